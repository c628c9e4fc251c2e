using System.Text;
using System.Text.Json.Nodes;
using CqpBot.Channel;
using Microsoft.AspNetCore.Http;

namespace CqpBot.Api.Tests;

/// <summary>How a posted activity's body is read: whole, however it arrives, and never past the limit.</summary>
public class ActivityBodyTests
{
    [Theory]
    [InlineData(100, null)]
    [InlineData(100 * 1024, null)] // past the first 16 KB buffer, no length announced: read across grown buffers
    [InlineData(100 * 1024, 1)] // a length announced too short: the rest is still read
    public async Task A_body_within_the_limit_is_read_whole_in_small_pieces_whatever_length_it_announces(int padding, int? announced)
    {
        var sent = new JsonObject { ["type"] = "message", ["text"] = "bonjour", ["channelData"] = new JsonObject { ["notes"] = Padding(padding) } };

        var (activity, problem) = await ChannelAdapter.ReadActivityAsync(Request(sent.ToJsonString(), announced), CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal("bonjour", activity!.Text);
        Assert.Equal(Padding(padding), activity.ChannelData!.Value.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_that_does_not_announce_its_length_is_refused_as_too_large()
    {
        var sent = new JsonObject { ["type"] = "message", ["text"] = Padding((int)ChannelAdapter.MaxActivityBytes) };

        var (activity, problem) = await ChannelAdapter.ReadActivityAsync(Request(sent.ToJsonString(), null), CancellationToken.None);

        Assert.Null(activity);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem!.Status);
    }

    /// <summary>Not one repeated letter: a piece copied to the wrong place must show.</summary>
    private static string Padding(int length) => string.Concat(Enumerable.Range(0, length / 7 + 1).Select(i => (i % 1_000_000).ToString("D6") + "-"))[..length];

    private static HttpRequest Request(string body, int? announced)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new Trickle(Encoding.UTF8.GetBytes(body));
        http.Request.ContentLength = announced;
        return http.Request;
    }

    /// <summary>Gives at most 3 000 bytes per read, as a slow network would.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 3000)], cancellationToken);
    }
}
