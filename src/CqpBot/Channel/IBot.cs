namespace CqpBot.Channel;

/// <summary>The bot's logic for one turn (Agents-for-net IAgent.OnTurnAsync).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
