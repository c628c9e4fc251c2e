using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace CqpBot.Storage.Sql;

/// <summary>
/// A turn's stored response, Brotli-compressed: the JSON of its cards was ~3.5 KB a turn and the largest row a turn
/// wrote (with the applied activity's index, ~3 of SQLite's 4 KB pages a turn, and a TOAST insert on PostgreSQL); packed,
/// ~2.6 times smaller, for ~11 µs alone (~4 % of CqpBot's CPU under load, in the profile) on the turn's thread, never
/// the writer's. Quality 0: the higher ones gain little on card JSON and cost two to four times as much (measured on the
/// benchmark's responses).
/// </summary>
internal static class PackedResponse
{
    /// <param name="utf8">The response's JSON, as UTF-8.</param>
    public static byte[] Pack(ReadOnlySpan<byte> utf8)
    {
        var packed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(utf8, packed, out var written, quality: 0, window: 22))
                throw new InvalidOperationException("A response could not be compressed into its maximum compressed length.");
            return packed.AsSpan(0, written).ToArray();
        }
        finally
        {
            // Cleared: it held a candidate's answers, and the pool lends it to any code.
            ArrayPool<byte>.Shared.Return(packed, clearArray: true);
        }
    }

    public static string Unpack(byte[] packed)
    {
        using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        // No byte-order-mark detection: a response that begins with U+FEFF keeps it.
        using var reader = new StreamReader(brotli, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
