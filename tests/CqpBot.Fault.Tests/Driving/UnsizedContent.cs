namespace CqpBot.Fault.Tests.Driving;

/// <summary>A body sent without Content-Length (chunked): the server only learns its size by reading it.</summary>
public sealed class UnsizedContent(byte[] body) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        for (var offset = 0; offset < body.Length; offset += 16 * 1024)
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(16 * 1024, body.Length - offset)));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
