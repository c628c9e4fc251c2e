using System.Text.Json;
using CqpBot.Channel;
using CqpBot.Domain.Interview.Outputs;
using Attachment = CqpBot.Channel.Attachment;

namespace CqpBot.Cards;

/// <summary>Turns the engine's outputs into reply activities: Adaptive Cards where the channel renders them, plain text elsewhere.</summary>
public static class ActivityRenderer
{
    /// <summary>Channels known to render Adaptive Cards 1.5.</summary>
    private static readonly HashSet<string> CardChannels = ["msteams", "webchat", "directline", "emulator", "test"];

    public static bool RendersCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);

    public static IEnumerable<Activity> Render(IReadOnlyList<Output> outputs, Activity incoming, CardContext context, IReadOnlyList<(string Title, string Url)> downloads)
    {
        var cards = RendersCards(incoming.ChannelId);
        foreach (var output in outputs)
        {
            var reply = incoming.CreateReply();
            if (output is Message message || !cards)
            {
                reply.Text = PlainText.Of(output);
                reply.TextFormat = "markdown";
                if (output is Prompt { Choices.Count: > 0 and <= 10 } prompt)
                    reply.SuggestedActions = new SuggestedActions { Actions = prompt.Choices.Select(c => new Channel.CardAction { Type = "imBack", Title = c.Label, Value = c.Label }).ToList() };
                yield return reply;
                continue;
            }

            reply.Attachments = [Card(Render(output, context, downloads))];
            reply.InputHint = "expectingInput";
            if (incoming.ChannelId is "webchat" or "directline" && ProgressOf(output) is { } progress)
                reply.ChannelData = JsonSerializer.SerializeToElement(new { progress = new { percent = progress.Percent, text = progress.Text } }, ProtocolJson.Options);
            yield return reply;
        }
    }

    public static AdaptiveCard Render(Output output, CardContext context, IReadOnlyList<(string Title, string Url)> downloads) => output switch
    {
        Prompt p => PromptCard.Render(p, context),
        RowQuestion r => RowCard.Render(r, context),
        BlocSummary s => SummaryCard.Render(s, context),
        Conclusion c => ConclusionCard.Render(c, context, downloads),
        _ => new AdaptiveCard { Body = [Cards.Paragraph(PlainText.Of(output))] },
    };

    /// <summary>Where the interview stands, for the web page's progress bar (Teams shows it in the card only).</summary>
    private static Progress? ProgressOf(Output output) => output switch
    {
        Prompt p => p.Progress,
        RowQuestion r => r.Progress,
        BlocSummary s => s.Progress,
        Conclusion c => c.Progress,
        _ => null,
    };

    public static Attachment Card(AdaptiveCard card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };
}
