using CqpBot.Bot;
using CqpBot.Domain.Interview;
using CqpBot.Storage;

namespace CqpBot.Api.Tests;

/// <summary>
/// The states this instance saved: a turn starts from the latest one unless another writer has changed the
/// conversation, and a row read is parsed unless it is the very one this instance wrote.
/// </summary>
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

    [Fact]
    public void A_turn_starts_from_the_state_this_instance_saved_last()
    {
        var states = new ParsedStates();
        Assert.Null(states.Latest("test:conv-1"));

        states.Saved("test:conv-1", 3, Saved);

        var latest = states.Latest("test:conv-1");
        Assert.NotNull(latest);
        Assert.Same(Saved, latest.State);
        Assert.Equal(3, latest.Version);
        Assert.Equal("interview-1", latest.InterviewId);
    }

    [Fact]
    public void A_conversation_another_writer_changed_reads_the_store_first_for_a_minute()
    {
        var clock = new ShiftedClock();
        var states = new ParsedStates(clock: clock);
        states.Saved("test:conv-1", 3, Saved);

        states.Shared("test:conv-1", states.Latest("test:conv-1")!);
        Assert.Null(states.Latest("test:conv-1"));

        states.Saved("test:conv-1", 5, Saved with { Turn = 9 }); // the turn replayed on the stored state
        Assert.Null(states.Latest("test:conv-1"));
        Assert.Equal(9, states.Read(Row("interview-1", 5, Saved with { Turn = 9 })).Turn); // still not parsed again

        clock.Offset = ParsedStates.SharedFor - TimeSpan.FromSeconds(1);
        Assert.Null(states.Latest("test:conv-1"));
        clock.Offset = ParsedStates.SharedFor;
        Assert.Equal(5, states.Latest("test:conv-1")?.Version); // a one-off write does not cost the conversation for ever
    }

    [Fact]
    public void Two_activities_of_one_conversation_at_once_do_not_mark_it_shared()
    {
        var states = new ParsedStates();
        states.Saved("test:conv-1", 3, Saved);
        var startedFrom = states.Latest("test:conv-1")!;

        states.Saved("test:conv-1", 4, Saved with { Turn = 8 }); // the other activity's turn saved first, here
        states.Shared("test:conv-1", startedFrom);

        Assert.Equal(4, states.Latest("test:conv-1")?.Version);
    }

    [Fact]
    public void A_forgotten_conversation_has_no_latest_state()
    {
        var states = new ParsedStates();
        states.Saved("test:conv-1", 3, Saved);

        states.Forget("test:conv-1");

        Assert.Null(states.Latest("test:conv-1"));
    }

    [Fact]
    public void The_retention_purge_forgets_the_states_saved_before_its_cutoff_and_keeps_the_others()
    {
        var clock = new ShiftedClock();
        var states = new ParsedStates(clock: clock);
        states.Saved("test:old", 1, Saved);
        clock.Offset = TimeSpan.FromDays(31);
        states.Saved("test:recent", 1, Saved with { Id = "interview-2" });

        states.ForgetUntouchedSince(clock.GetUtcNow().AddDays(-30));

        Assert.Null(states.Latest("test:old"));
        Assert.Equal("interview-2", states.Latest("test:recent")?.InterviewId);
    }

    [Fact]
    public void A_conversation_idle_for_a_quarter_of_an_hour_leaves_no_state_in_memory_and_an_active_one_keeps_its_own()
    {
        var clock = new ShiftedClock();
        var states = new ParsedStates(clock: clock);
        var expiry = new ParsedStatesExpiry(states, clock);
        states.Saved("test:idle", 1, Saved);
        clock.Offset = ParsedStatesExpiry.IdleFor - TimeSpan.FromMinutes(1);
        states.Saved("test:active", 1, Saved with { Id = "interview-2" });

        expiry.ForgetIdle();
        Assert.NotNull(states.Latest("test:idle")); // not yet a quarter of an hour

        clock.Offset = ParsedStatesExpiry.IdleFor + TimeSpan.FromSeconds(1);
        expiry.ForgetIdle();

        Assert.Null(states.Latest("test:idle"));
        Assert.Equal("interview-2", states.Latest("test:active")?.InterviewId);
    }
}
