using System.Buffers;

namespace CqpBot.Channel;

/// <summary>
/// The expectReplies answer, <c>{"activities":[…]}</c> (botbuilder ExpectedReplies), put together from each activity's
/// JSON written once (<see cref="ActivityJson.Remember"/>). Its length is known before it is sent, so it goes with a
/// Content-Length in one write: chunked, Kestrel sent the body, then the closing chunk in a second write that the
/// channel had to read too.
/// </summary>
public sealed class ExpectedRepliesResult(IReadOnlyList<Activity> activities, int statusCode) : IResult
{
    private static ReadOnlySpan<byte> Start => "{\"activities\":["u8;
    private static ReadOnlySpan<byte> End => "]}"u8;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var length = Start.Length + End.Length + Math.Max(0, activities.Count - 1);
        foreach (var activity in activities)
            length += (activity.Json.IsEmpty ? ActivityJson.Remember(activity) : activity.Json).Length;

        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = length;
        var body = response.BodyWriter;
        body.Write(Start);
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
                body.Write(","u8);
            body.Write(activities[i].Json.Span);
        }

        body.Write(End);
        await body.FlushAsync(httpContext.RequestAborted);
    }
}
