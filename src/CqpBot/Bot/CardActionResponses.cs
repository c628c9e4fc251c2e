using CqpBot.Cards;
using CqpBot.Channel;

namespace CqpBot.Bot;

/// <summary>
/// Bodies of adaptiveCard/action invoke responses as Teams expects them ({statusCode, type, value}); anything else
/// shows "Something went wrong" in Teams (protocol.md §7).
/// </summary>
public static class CardActionResponses
{
    public static InvokeResponse Card(AdaptiveCard card) =>
        new(200, new { statusCode = 200, type = Attachment.AdaptiveCardContentType, value = card });

    public static InvokeResponse Text(string message) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = message });

    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new { statusCode = status, type = "application/vnd.microsoft.error", value = new { code, message } });
}
