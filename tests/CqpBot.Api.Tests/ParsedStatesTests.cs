using CqpBot.Bot;
using CqpBot.Domain.Interview;
using CqpBot.Storage;

namespace CqpBot.Api.Tests;

/// <summary>The parse cache never answers for the store: a state is reused only for the very row this instance wrote.</summary>
public class ParsedStatesTests
{
    private static readonly InterviewState Saved = new() { Id = "interview-1", Turn = 7, CqpId = "teleconseiller" };

    private static StoredInterview Row(string interviewId, long version, InterviewState state) =>
        new("test:conv-1", interviewId, version, StateJson.Write(state), new InterviewOwner("test", "user-1", null, null), "en cours", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_row_this_instance_saved_is_not_parsed_again()
    {
        var states = new ParsedStates();
        states.Saved("test:conv-1", 3, Saved);

        Assert.Same(Saved, states.Read(Row("interview-1", 3, Saved)));
    }

    [Fact]
    public void A_row_written_since_by_another_instance_is_read_from_its_json()
    {
        var states = new ParsedStates();
        states.Saved("test:conv-1", 3, Saved);
        var theirs = Saved with { Turn = 8 };

        var read = states.Read(Row("interview-1", 4, theirs));

        Assert.Equal(8, read.Turn);
    }

    [Fact]
    public void A_conversation_deleted_and_started_again_at_the_same_version_is_read_from_its_json()
    {
        var states = new ParsedStates();
        states.Saved("test:conv-1", 1, Saved);
        var restarted = new InterviewState { Id = "interview-2" };

        Assert.Equal("interview-2", states.Read(Row("interview-2", 1, restarted)).Id);
    }

    [Fact]
    public void A_forgotten_conversation_and_the_oldest_ones_beyond_the_capacity_are_parsed_again()
    {
        var states = new ParsedStates(capacity: 2);
        states.Saved("test:conv-1", 3, Saved);
        states.Forget("test:conv-1");
        Assert.NotSame(Saved, states.Read(Row("interview-1", 3, Saved)));

        states.Saved("test:conv-1", 3, Saved);
        states.Saved("test:conv-2", 1, Saved with { Id = "interview-2" });
        states.Saved("test:conv-3", 1, Saved with { Id = "interview-3" }); // full: the cache starts again
        Assert.NotSame(Saved, states.Read(Row("interview-1", 3, Saved)));
        Assert.Equal(StateJson.Write(Saved), StateJson.Write(states.Read(Row("interview-1", 3, Saved)))); // parsed: the same content
    }
}
