using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Interview.Outputs;

/// <summary>The conclusion: per-bloc orientation with reasons, VAE admissibility, next step; a pre-orientation in self-assessment.</summary>
public sealed record Conclusion(
    string StepKey,
    Mode Mode,
    string CqpTitle,
    string UnitLabel,
    OrientationResult Result,
    IReadOnlyList<string> Introduction,
    IReadOnlyList<string> VaeSteps,
    bool CanOverride,
    bool Final,
    Progress Progress) : Output;
