namespace CqpBot.Channel;

/// <summary>
/// The expectReplies answer, <c>{"activities":[…]}</c> (botbuilder ExpectedReplies), written straight to the response
/// with each activity's JSON written once (<see cref="ActivityJson"/>).
/// </summary>
public sealed class ExpectedRepliesResult(IReadOnlyList<Activity> activities, int statusCode) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await using var writer = ActivityJson.Writer(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartArray("activities");
        foreach (var activity in activities)
            ActivityJson.Write(writer, activity);
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
