using CqpBot.Storage;

namespace CqpBot.Storage.Tests;

public abstract partial class StoreContract
{
    [Fact]
    public async Task A_new_interview_reads_back_as_written_at_version_1()
    {
        var key = NewKey("msteams");
        var owner = new InterviewOwner("msteams", "29:user", "aad-1", "tenant-1");

        Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(key, 0, """{"step":"bloc-1"}""", owner: owner, interviewId: "id-" + key)));

        var stored = await Store.GetAsync(key);
        Assert.NotNull(stored);
        Assert.Equal(new StoredInterview(key, "id-" + key, 1, """{"step":"bloc-1"}""", owner, "en_cours", Monday, Monday), stored);
        Assert.Equal(stored, await Store.GetByInterviewIdAsync("id-" + key));
        Assert.Null(await Store.GetAsync(NewKey()));
    }

    [Fact]
    public async Task Each_save_moves_the_version_on_and_keeps_the_creation_time()
    {
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, at: Monday));

        Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(key, 1, """{"step":"bloc-2"}""", at: Monday.AddMinutes(5))));

        var stored = (await Store.GetAsync(key))!;
        Assert.Equal((2L, """{"step":"bloc-2"}""", Monday, Monday.AddMinutes(5)), (stored.Version, stored.StateJson, stored.CreatedAt, stored.UpdatedAt));
    }

    [Fact]
    public async Task A_save_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0));
        await Store.SaveAsync(Write(key, 1, """{"step":"written-by-the-other-instance"}"""));

        Assert.Equal(SaveResult.Conflict, await Store.SaveAsync(Write(key, 1, """{"step":"late"}""", activityId: "a-late", response: "late")));

        var stored = (await Store.GetAsync(key))!;
        Assert.Equal((2L, """{"step":"written-by-the-other-instance"}"""), (stored.Version, stored.StateJson));
        Assert.Null(await Store.GetAppliedResponseAsync(key, "a-late")); // the turn will be replayed: its activity is not applied yet
    }

    [Fact]
    public async Task A_late_save_for_a_deleted_interview_does_not_overwrite_the_one_started_since_at_the_same_version()
    {
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, interviewId: "deleted"));
        await Store.SaveAsync(Write(key, 1, interviewId: "deleted"));
        await Store.DeleteAsync(key);
        await Store.SaveAsync(Write(key, 0, """{"step":"new-1"}""", interviewId: "started-since"));
        await Store.SaveAsync(Write(key, 1, """{"step":"new-2"}""", interviewId: "started-since"));

        // A turn of the deleted interview, slow, read version 2 before the deletion.
        Assert.Equal(SaveResult.Conflict, await Store.SaveAsync(Write(key, 2, """{"step":"deleted-comes-back"}""", activityId: "a-late", interviewId: "deleted")));

        var stored = (await Store.GetAsync(key))!;
        Assert.Equal(("started-since", 2L, """{"step":"new-2"}"""), (stored.InterviewId, stored.Version, stored.StateJson));
        Assert.Null(await Store.GetAppliedResponseAsync(key, "a-late"));
    }

    [Fact]
    public async Task A_save_for_an_interview_deleted_since_is_a_conflict_and_leaves_its_activity_unapplied()
    {
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, interviewId: "purged"));
        await Store.DeleteAsync(key); // the retention purge, a privacy request, or another instance

        // A turn that started from the state its instance saved last, without reading the store.
        Assert.Equal(SaveResult.Conflict, await Store.SaveAsync(Write(key, 1, """{"step":"stale"}""", activityId: "a-1", interviewId: "purged")));

        Assert.Null(await Store.GetAsync(key));
        Assert.Null(await Store.GetAppliedResponseAsync(key, "a-1"));
        // Replayed on the empty store, the same activity starts a new interview: it is not taken for a duplicate.
        Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(key, 0, """{"step":"new"}""", activityId: "a-1", interviewId: "new")));
    }

    [Fact]
    public async Task Creating_an_interview_that_already_exists_is_a_conflict()
    {
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, """{"step":"first"}"""));

        Assert.Equal(SaveResult.Conflict, await Store.SaveAsync(Write(key, 0, """{"step":"second"}""")));
        Assert.Equal("""{"step":"first"}""", (await Store.GetAsync(key))!.StateJson);
    }

    [Fact]
    public async Task A_redelivered_activity_is_a_duplicate_that_keeps_the_first_response()
    {
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, activityId: "a-1", response: "first answer"));

        Assert.Equal(SaveResult.Duplicate, await Store.SaveAsync(Write(key, 1, """{"step":"applied-twice"}""", activityId: "a-1", response: "second answer")));

        Assert.Equal("first answer", await Store.GetAppliedResponseAsync(key, "a-1"));
        Assert.Equal(1, (await Store.GetAsync(key))!.Version);
        Assert.Null(await Store.GetAppliedResponseAsync(NewKey(), "a-1")); // activity ids are per conversation
    }

    [Fact]
    public async Task A_response_is_stored_packed_and_reads_back_exactly_as_written_accents_byte_order_mark_and_empty_included()
    {
        var database = await DatabaseAsync();
        var store = Track(Open(database));
        await store.MigrateAsync();
        var (key, marked, empty) = (NewKey(), NewKey(), NewKey());
        var response = """{"replies":[{"text":"Réponse enregistrée : « en totalité » — étape suivante"}]}""" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"é{i}ç"));
        await store.SaveAsync(Write(key, 0, activityId: "a-1", response: response));
        await store.SaveAsync(Write(marked, 0, activityId: "a-1", response: "\uFEFF{}"));
        await store.SaveAsync(Write(empty, 0, activityId: "a-1", response: ""));

        Assert.Equal(response, await store.GetAppliedResponseAsync(key, "a-1"));
        Assert.Equal("\uFEFF{}", await store.GetAppliedResponseAsync(marked, "a-1"));
        Assert.Equal("", await store.GetAppliedResponseAsync(empty, "a-1"));
        var storedBytes = Convert.ToInt64(await SqlAsync(database, $"SELECT length(response) FROM applied_activities WHERE conversation_key = '{key}' AND response_json IS NULL"));
        Assert.InRange(storedBytes, 1, System.Text.Encoding.UTF8.GetByteCount(response) / 2);
    }

    [Fact]
    public async Task Parallel_writers_that_reload_and_retry_on_conflict_lose_no_update()
    {
        const int writers = 24;
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, "0"));

        async Task IncrementAsync(int writer)
        {
            while (true)
            {
                var stored = (await Store.GetAsync(key))!;
                var next = (int.Parse(stored.StateJson) + 1).ToString();
                await Task.Delay(1); // the window in which another writer gets in, as between two instances
                if (await Store.SaveAsync(Write(key, stored.Version, next, activityId: $"increment-{writer}", response: next)) == SaveResult.Saved)
                    return;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => IncrementAsync(w)))).WaitAsync(TimeSpan.FromSeconds(60));

        var final = (await Store.GetAsync(key))!;
        Assert.Equal((writers.ToString(), writers + 1L), (final.StateJson, final.Version));
        var responses = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Store.GetAppliedResponseAsync(key, $"increment-{w}")));
        Assert.Equal(Enumerable.Range(1, writers), responses.Select(r => int.Parse(r!)).Order()); // every increment saw a different count
    }

    [Fact]
    public async Task Saves_sent_together_each_get_their_own_outcome_and_a_refused_one_undoes_only_itself()
    {
        var existing = NewKey();
        await Store.SaveAsync(Write(existing, 0, """{"step":"first"}""", activityId: "a-1", response: "first answer"));
        var fresh = Enumerable.Range(0, 16).Select(_ => NewKey()).ToList();

        // Sent at once, so that a store which groups writes into one commit gets them in the same batch.
        var saves = fresh.Select(key => Store.SaveAsync(Write(key, 0, """{"step":"new"}""", activityId: "b-1", response: "new answer")))
            .Append(Store.SaveAsync(Write(existing, 1, """{"step":"redelivered"}""", activityId: "a-1", response: "second answer")))
            .Append(Store.SaveAsync(Write(existing, 7, """{"step":"stale"}""", activityId: "a-stale", response: "stale answer")))
            .Append(Store.SaveAsync(Write(existing, 1, """{"step":"second"}""", activityId: "a-2", response: "next answer")))
            .ToList();
        var results = await Task.WhenAll(saves).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results.Take(fresh.Count), result => Assert.Equal(SaveResult.Saved, result));
        Assert.Equal([SaveResult.Duplicate, SaveResult.Conflict, SaveResult.Saved], results.Skip(fresh.Count));
        Assert.All(await Task.WhenAll(fresh.Select(key => Store.GetAsync(key))), stored => Assert.Equal((1L, """{"step":"new"}"""), (stored!.Version, stored.StateJson)));
        var after = (await Store.GetAsync(existing))!;
        Assert.Equal((2L, """{"step":"second"}"""), (after.Version, after.StateJson));
        Assert.Equal(("first answer", (string?)null, "next answer"),
            (await Store.GetAppliedResponseAsync(existing, "a-1"), await Store.GetAppliedResponseAsync(existing, "a-stale"), await Store.GetAppliedResponseAsync(existing, "a-2")));
    }

    [Fact]
    public async Task A_turn_the_database_refuses_fails_alone_and_the_turns_after_it_still_save()
    {
        var (before, refused, after) = (NewKey(), NewKey(), NewKey());
        await Store.SaveAsync(Write(before, 0));

        var saves = new[]
        {
            Store.SaveAsync(Write(before, 1, """{"step":"next"}""", activityId: "a-1", response: "r")),
            Store.SaveAsync(Write(refused, 0, state: null!, activityId: "a-1", response: "r")), // NOT NULL: refused by the database
            Store.SaveAsync(Write(after, 0, activityId: "a-1", response: "r")),
        };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => saves[1].WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(SaveResult.Saved, await saves[0].WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(SaveResult.Saved, await saves[2].WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Null(await Store.GetAsync(refused));
        Assert.Null(await Store.GetAppliedResponseAsync(refused, "a-1")); // its applied activity was undone with it
        // The same statements, run again with new values, save the next turns.
        Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(refused, 0, activityId: "a-1", response: "r")));
        Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(before, 2, activityId: "a-2", response: "r")));
        Assert.Equal(3, (await Store.GetAsync(before))!.Version);
    }

    [Fact]
    public async Task A_guide_snapshot_is_kept_as_first_written_and_read_back_by_fingerprint()
    {
        var cqp = "cqp-" + Guid.NewGuid().ToString("N");
        await Store.SaveGuideSnapshotAsync(cqp, "sha-1", """{"version":1}""");
        await Store.SaveGuideSnapshotAsync(cqp, "sha-1", """{"version":"rewritten"}""");
        await Store.SaveGuideSnapshotAsync(cqp, "sha-2", """{"version":2}""");

        Assert.Equal("""{"version":1}""", await Store.GetGuideSnapshotAsync(cqp, "sha-1"));
        Assert.Equal("""{"version":2}""", await Store.GetGuideSnapshotAsync(cqp, "sha-2"));
        Assert.Null(await Store.GetGuideSnapshotAsync(cqp, "sha-3"));
    }
}
