namespace CqpBot.Api.Tests;

/// <summary>
/// A clock whose timers fire only when the test says so: what "500 ms later" means cannot depend on the machine's load.
/// Only the timers stop; the time it tells is the system's.
/// </summary>
public sealed class StoppedClock : TimeProvider
{
    private readonly List<Timer> timers = [];

    /// <summary>Fires every timer created so far and not disposed (each delay that was waiting ends now).</summary>
    public void FireAll()
    {
        Timer[] due;
        lock (timers)
            due = [.. timers];
        foreach (var timer in due)
            timer.Fire();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        lock (timers)
            timers.Add(timer);
        return timer;
    }

    private sealed class Timer(StoppedClock clock, TimerCallback callback, object? state) : ITimer
    {
        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
            lock (clock.timers)
                clock.timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
