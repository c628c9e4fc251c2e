namespace CqpBot.Domain.Recognition;

/// <summary>Recognises navigation words typed as the whole message ("retour", "aide", "pause"...): never inside a longer answer.</summary>
public static class CommandRecognizer
{
    private static readonly Dictionary<string, Command> Words = new()
    {
        ["retour"] = Command.Back, ["revenir"] = Command.Back, ["precedent"] = Command.Back, ["question precedente"] = Command.Back, ["revenir en arriere"] = Command.Back, ["en arriere"] = Command.Back,
        ["modifier"] = Command.Change, ["changer"] = Command.Change, ["modifier une reponse"] = Command.Change, ["corriger"] = Command.Change, ["changer une reponse"] = Command.Change,
        ["progression"] = Command.Progress, ["ou en suis je"] = Command.Progress, ["ou en est on"] = Command.Progress, ["avancement"] = Command.Progress,
        ["pause"] = Command.Pause, ["mettre en pause"] = Command.Pause, ["plus tard"] = Command.Pause, ["je reviendrai"] = Command.Pause,
        ["reprendre"] = Command.Resume, ["continuer"] = Command.Resume, ["suite"] = Command.Resume,
        ["recommencer"] = Command.Restart, ["redemarrer"] = Command.Restart, ["nouvel entretien"] = Command.Restart, ["tout recommencer"] = Command.Restart,
        ["aide"] = Command.Help, ["help"] = Command.Help, ["comment ca marche"] = Command.Help, ["je ne comprends pas"] = Command.Help,
        ["annuler"] = Command.Cancel, ["stop"] = Command.Cancel, ["arreter"] = Command.Cancel, ["quitter"] = Command.Cancel, ["abandonner"] = Command.Cancel,
        ["passer"] = Command.Skip, ["aucun"] = Command.Skip, ["rien"] = Command.Skip, ["non merci"] = Command.Skip, ["je passe"] = Command.Skip,
    };

    public static Command Recognize(string text)
    {
        var normalized = FrenchText.Normalize(text);
        return Words.GetValueOrDefault(normalized, Command.None);
    }
}
