namespace CqpBot.Domain.Tests.Dialogs;

/// <summary>A check against ../shared/seeds: reported as skipped, not passed, where the seeds do not travel with the checkout.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (Repository.Seeds is null)
            Skip = "../shared/seeds not found beside the repository";
    }
}

/// <inheritdoc cref="SeedsFactAttribute"/>
public sealed class SeedsTheoryAttribute : TheoryAttribute
{
    public SeedsTheoryAttribute()
    {
        if (Repository.Seeds is null)
            Skip = "../shared/seeds not found beside the repository";
    }
}
