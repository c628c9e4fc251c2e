namespace CqpBot.Channel;

/// <summary>Why a posted body is not an activity the bot can take: the status and the French explanation the sender gets.</summary>
public sealed record ActivityProblem(int Status, string Title, string Detail)
{
    public static readonly ActivityProblem TooLarge =
        new(StatusCodes.Status413PayloadTooLarge, "Requête trop volumineuse", $"Le corps de la requête dépasse la taille autorisée ({ChannelAdapter.MaxActivityBytes / 1024} Ko).");

    public static ActivityProblem Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Activité invalide", detail);

    public IResult ToResult() => Results.Problem(statusCode: Status, title: Title, detail: Detail);
}
