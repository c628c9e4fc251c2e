namespace CqpBot.Channel;

/// <summary>
/// One turn's replies, with "…" shown in the channel while the turn is slow (store retry, cold start). Replies and
/// indicators go out one at a time: a reply waits for an indicator already on its way (else the channel could show
/// "…" after the answer), and once the first reply has started no indicator follows. An indicator never fails its turn.
/// </summary>
public sealed class TypingIndicator : IConnectorClient, IAsyncDisposable
{
    /// <summary>Before a turn counts as slow, and between two indicators (botbuilder ShowTypingMiddleware's defaults).</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500), Period = TimeSpan.FromSeconds(2);

    private readonly IConnectorClient replies;
    private readonly TimeProvider clock;
    // Neither is disposed: they hold no timer nor wait handle, and a late reply may still use them after the turn.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task showing;

    /// <summary>Starts counting for <paramref name="activity"/>'s turn; <paramref name="onFailure"/> logs an indicator that could not be sent.</summary>
    public TypingIndicator(Activity activity, IConnectorClient replies, Action<Exception> onFailure, TimeProvider clock, CancellationToken turnAborted)
    {
        this.replies = replies;
        this.clock = clock;
        showing = ShowWhileSlowAsync(activity, onFailure, turnAborted);
    }

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Stop first, then wait: an indicator checks the stop once it holds the turn, so none can start after this.
        if (!stop.IsCancellationRequested)
            await stop.CancelAsync();
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await replies.SendAsync(activity, cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task ShowWhileSlowAsync(Activity activity, Action<Exception> onFailure, CancellationToken turnAborted)
    {
        try
        {
            await Task.Delay(Delay, clock, stop.Token);
            while (await ShowOnceAsync(activity, turnAborted))
                await Task.Delay(Period, clock, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || turnAborted.IsCancellationRequested)
        {
            // answered, ended or aborted: no more indicators
        }
        catch (Exception e)
        {
            // The channel or the store refused an indicator, or it took too long: the turn goes on without "…".
            onFailure(e);
        }
    }

    /// <summary>One indicator, unless the replies have begun (then false).</summary>
    private async Task<bool> ShowOnceAsync(Activity activity, CancellationToken turnAborted)
    {
        await oneAtATime.WaitAsync(stop.Token);
        // Not cut off by the reply, which waits for it, but bounded: a channel that hangs must not hold the answer.
        using var bounded = new CancellationTokenSource(Period, clock);
        try
        {
            if (stop.IsCancellationRequested)
                return false;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(turnAborted, bounded.Token);
            await replies.SendAsync(activity.CreateReply(ActivityTypes.Typing), either.Token);
            return true;
        }
        catch (OperationCanceledException e) when (bounded.IsCancellationRequested && !turnAborted.IsCancellationRequested)
        {
            throw new TimeoutException("The channel did not take a typing indicator within one period.", e);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>The turn has ended: no indicator after it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
            await stop.CancelAsync();
        await showing;
    }
}
