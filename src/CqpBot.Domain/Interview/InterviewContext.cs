using CqpBot.Domain.Guides;
using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Domain.Interview;

/// <summary>What a turn needs besides the state: the catalogue, and the guide, CQP and scale the interview runs on.</summary>
internal sealed record InterviewContext(GuideLibrary Library, Guide? Guide, CqpEntry? Cqp)
{
    public Catalogue Catalogue => Library.Catalogue;

    public AnswerScale? Scale => Guide is null ? null : Catalogue.Scale(Guide.AnswerScale);

    public AnswerLevel LevelOf(RowAnswer answer) => Scale?.Choice(answer.Choice)?.AnswerLevel ?? AnswerLevel.NonAcquis;
}
