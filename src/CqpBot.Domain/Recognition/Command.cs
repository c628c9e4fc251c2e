namespace CqpBot.Domain.Recognition;

/// <summary>What a user may say at any step, before the step reads the answer.</summary>
public enum Command
{
    None,
    Back,
    Change,
    Progress,
    Pause,
    Resume,
    Restart,
    Help,
    Cancel,
    Skip,
}
