using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Tests.Recognition;

public class DurationRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("3 ans", 36)]
    [InlineData("trois ans", 36)]
    [InlineData("deux ans et demi", 30)]
    [InlineData("18 mois", 18)]
    [InlineData("dix-huit mois", 18)]
    [InlineData("1 an et 6 mois", 18)]
    [InlineData("un an", 12)]
    [InlineData("11 mois", 11)]
    [InlineData("environ vingt-quatre mois", 24)]
    [InlineData("J'ai 4 années d'expérience", 48)]
    [InlineData("1,5 an", 18)]
    public void Understands_amounts_in_digits_and_words(string text, int months) =>
        Assert.Equal(months, DurationRecognizer.Recognize(text, Today)!.Months);

    [Theory]
    [InlineData("depuis 2020", 82)]
    [InlineData("depuis 2019", 94)]
    [InlineData("je travaille là depuis 2019", 94)]
    public void Since_a_year_counts_up_to_today(string text, int months) =>
        Assert.Equal(months, DurationRecognizer.Recognize(text, Today)!.Months);

    [Fact]
    public void A_range_of_years_counts_whole_years_and_keeps_its_end()
    {
        var duration = DurationRecognizer.Recognize("de 2015 à 2021", Today)!;
        Assert.Equal(84, duration.Months);
        Assert.Equal(new DateOnly(2021, 12, 31), duration.End);
    }

    [Theory]
    [InlineData("beaucoup")]
    [InlineData("je ne sais pas")]
    [InlineData("de 2021 à 2015")]
    [InlineData("depuis 2040")]
    [InlineData("")]
    public void Returns_nothing_rather_than_a_guess(string text) =>
        Assert.Null(DurationRecognizer.Recognize(text, Today));
}
