using CqpBot.Domain.Recognition;
using FsCheck;
using FsCheck.Xunit;

namespace CqpBot.Domain.Tests.Recognition;

/// <summary>Whatever a person types, the recognisers answer or say they did not understand: they never throw and never invent a negative length.</summary>
public class RecognitionProperties
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly string[] Words =
    [
        "3", "ans", "an", "mois", "et", "demi", "depuis", "de", "à", "a", "entre", "2019", "2015", "2021", "1950", "9999", "0", "-2",
        "deux", "vingt", "cent", "mille", "quatre-vingt-dix", "un", "et demi", "1,5", ",", "environ", "aujourd'hui", "maintenant", "années", "jours", " ",
    ];

    private static readonly IReadOnlyList<Choice> Choices =
    [
        new("oui", "Oui", ["oui", "tout à fait"]),
        new("non", "Non", ["non", "pas du tout"]),
        new("partiellement", "Partiellement", ["en partie"]),
    ];

    [Property(MaxTest = 500)]
    public void The_duration_recogniser_never_throws_on_arbitrary_text(NonNull<string> text)
    {
        var duration = DurationRecognizer.Recognize(text.Get, Today);

        Assert.True(duration is null || duration.Months >= 0);
    }

    [Property(MaxTest = 500)]
    public void The_duration_recogniser_never_throws_on_any_mix_of_duration_words(byte[] picks)
    {
        var text = string.Join(" ", picks.Select(p => Words[p % Words.Length]));

        var duration = DurationRecognizer.Recognize(text, Today);

        Assert.True(duration is null || duration.Months >= 0, text);
        Assert.True(duration?.End is null || duration.End <= Today, text);
    }

    [Property(MaxTest = 500)]
    public void The_choice_recogniser_never_throws_and_only_returns_an_offered_choice(NonNull<string> text)
    {
        var choice = ChoiceRecognizer.Recognize(text.Get, Choices);
        var many = ChoiceRecognizer.RecognizeMany(text.Get, Choices);

        Assert.True(choice is null || Choices.Contains(choice));
        Assert.All(many, c => Assert.Contains(c, Choices));
    }
}
