namespace CqpBot.Channel;

/// <summary>
/// One turn's replies, with "…" shown in the channel while the turn is slow (store retry, cold start). Replies and
/// indicators go out one at a time: a reply waits for an indicator already on its way (else the channel could show
/// "…" after the answer), and once the first reply has started no indicator follows.
/// </summary>
public sealed class TypingIndicator : IConnectorClient, IAsyncDisposable
{
    /// <summary>Before a turn counts as slow, and between two indicators (botbuilder ShowTypingMiddleware's defaults).</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500), Period = TimeSpan.FromSeconds(2);

    private readonly IConnectorClient replies;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task showing;

    /// <summary>Starts counting for <paramref name="activity"/>'s turn; <paramref name="onFailure"/> logs an indicator that could not be sent.</summary>
    public TypingIndicator(Activity activity, IConnectorClient replies, Action<HttpRequestException> onFailure, TimeProvider clock, CancellationToken turnAborted)
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

    private async Task ShowWhileSlowAsync(Activity activity, Action<HttpRequestException> onFailure, CancellationToken turnAborted)
    {
        try
        {
            await Task.Delay(Delay, clock, stop.Token);
            while (true)
            {
                await oneAtATime.WaitAsync(stop.Token);
                try
                {
                    if (stop.IsCancellationRequested)
                        return;
                    // Not cancelled by the reply: it waits for this one rather than cut it off mid-request.
                    await replies.SendAsync(activity.CreateReply(ActivityTypes.Typing), turnAborted);
                }
                finally
                {
                    oneAtATime.Release();
                }

                await Task.Delay(Period, clock, stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // answered, ended or aborted: no more indicators
        }
        catch (HttpRequestException e)
        {
            onFailure(e);
        }
    }

    /// <summary>The turn has ended: no indicator after it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
            await stop.CancelAsync();
        await showing;
        stop.Dispose();
        oneAtATime.Dispose();
    }
}
