namespace CqpBot.Domain.Interview;

/// <summary>The candidate's current situation: the formative path needs an employer (000: "accessible à tout salarié").</summary>
public static class Employment
{
    public const string SalarieMutuelle = "salarie-mutuelle";
    public const string SalarieAutre = "salarie-autre";
    public const string SansEmploi = "sans-emploi";
}
