using CqpBot.Documents.Json;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;

namespace CqpBot.Bot;

/// <summary>The candidate's data as the record the bot keeps (RGPD access right), in the JSON of docs/record.schema.json.</summary>
public static class PrivacyExport
{
    public static string Json(InterviewState state, IGuideSource guides)
    {
        var guide = state.CqpId is null ? null : guides.Find(state.CqpId, state.GuideFingerprint)?.Guide;
        return RecordJson.Serialize(RecordBuilder.Build(state, guide, guides.Library.Catalogue));
    }
}
