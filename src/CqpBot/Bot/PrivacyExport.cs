using System.Text.Json;
using System.Text.Json.Serialization;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;

namespace CqpBot.Bot;

/// <summary>The candidate's data as the record the bot keeps (RGPD access right), in JSON.</summary>
public static class PrivacyExport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(InterviewState state, IGuideSource guides)
    {
        var guide = state.CqpId is null ? null : guides.Find(state.CqpId, state.GuideFingerprint)?.Guide;
        return JsonSerializer.Serialize(RecordBuilder.Build(state, guide, guides.Library.Catalogue), Options);
    }
}
