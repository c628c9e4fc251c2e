using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Tests.Recognition;

public class ChoiceRecognizerTests
{
    private static readonly IReadOnlyList<Choice> Scale =
    [
        new("oui", "Oui", ["tout à fait", "totalement", "absolument"]),
        new("non", "Non", ["pas du tout", "pas vraiment", "jamais"]),
        new("partiellement", "Partiellement", ["en partie", "un peu", "plus ou moins"]),
    ];

    [Theory]
    [InlineData("Oui", "oui")]
    [InlineData("tout à fait", "oui")]
    [InlineData("Tout a fait !", "oui")]
    [InlineData("en partie", "partiellement")]
    [InlineData("pas vraiment", "non")]
    [InlineData("pas du tout", "non")]
    [InlineData("3", "partiellement")]
    [InlineData("le 2", "non")]
    [InlineData("deux", "non")]
    [InlineData("la troisième", "partiellement")]
    [InlineData("PARTIELLEMENT", "partiellement")]
    public void Recognises_label_synonym_or_number(string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Scale)?.Value);

    [Theory]
    [InlineData("peut-être")]
    [InlineData("oui et non")]
    [InlineData("4")]
    [InlineData("")]
    public void Refuses_to_guess(string text) =>
        Assert.Null(ChoiceRecognizer.Recognize(text, Scale));

    [Fact]
    public void Several_choices_by_words_or_numbers()
    {
        IReadOnlyList<Choice> contacts = [new("face", "Face-à-face", ["physique"]), new("tel", "Téléphone", ["telephonique"]), new("mail", "Mail")];
        Assert.Equal(["face", "tel"], ChoiceRecognizer.RecognizeMany("au téléphone et en face-à-face", contacts).Select(c => c.Value));
        Assert.Equal(["tel", "mail"], ChoiceRecognizer.RecognizeMany("2, 3", contacts).Select(c => c.Value));
    }
}
