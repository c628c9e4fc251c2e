using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Tests.Recognition;

public class CommandRecognizerTests
{
    [Theory]
    [InlineData("retour", Command.Back)]
    [InlineData("Où en suis-je ?", Command.Progress)]
    [InlineData("pause", Command.Pause)]
    [InlineData("reprendre", Command.Resume)]
    [InlineData("Recommencer", Command.Restart)]
    [InlineData("aide", Command.Help)]
    [InlineData("annuler", Command.Cancel)]
    [InlineData("modifier", Command.Change)]
    public void Recognises_commands_typed_alone(string text, Command expected) =>
        Assert.Equal(expected, CommandRecognizer.Recognize(text));

    [Theory]
    [InlineData("je veux revenir sur le retour client")]
    [InlineData("oui")]
    public void Ignores_command_words_inside_an_answer(string text) =>
        Assert.Equal(Command.None, CommandRecognizer.Recognize(text));
}
