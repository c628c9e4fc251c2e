using System.Buffers.Binary;
using System.IO.Compression;

namespace CqpBot.Deployment.Tests;

/// <summary>A non-interlaced 8-bit PNG read far enough to check an icon: size from IHDR, and RGBA pixels.</summary>
public sealed class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public int Width { get; private init; }
    public int Height { get; private init; }
    public int BitDepth { get; private init; }
    public int ColorType { get; private init; }
    private byte[] Data { get; init; } = [];

    public bool HasAlpha => ColorType is 4 or 6;

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException(path + " is not a PNG");
        var chunkType = System.Text.Encoding.ASCII.GetString(bytes, 12, 4);
        if (chunkType != "IHDR")
            throw new InvalidDataException(path + ": IHDR is not the first chunk");

        var ihdr = bytes.AsSpan(16, 13);
        var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            if (type == "IDAT")
                idat.Write(bytes, offset + 8, length);
            offset += 12 + length;
        }

        return new Png
        {
            Width = BinaryPrimitives.ReadInt32BigEndian(ihdr),
            Height = BinaryPrimitives.ReadInt32BigEndian(ihdr[4..]),
            BitDepth = ihdr[8],
            ColorType = ihdr[9],
            Data = Inflate(idat.ToArray()),
        };
    }

    /// <summary>Every pixel as RGBA, row by row, for 8-bit RGB and RGBA images.</summary>
    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        var channels = ColorType switch
        {
            2 => 3,
            6 => 4,
            _ => throw new NotSupportedException("colour type " + ColorType),
        };
        if (BitDepth != 8)
            throw new NotSupportedException("bit depth " + BitDepth);
        foreach (var row in Unfilter(channels))
        {
            for (var x = 0; x < Width; x++)
                yield return (row[x * channels], row[x * channels + 1], row[x * channels + 2], channels == 4 ? row[x * channels + 3] : (byte)255);
        }
    }

    private byte[][] Unfilter(int channels)
    {
        var stride = Width * channels;
        var rows = new byte[Height][];
        var previous = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = Data[y * (stride + 1)];
            var row = Data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? row[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                row[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)a,
                    2 => (byte)b,
                    3 => (byte)((a + b) / 2),
                    4 => (byte)Paeth(a, b, c),
                    _ => throw new InvalidDataException("filter " + filter),
                };
            }
            rows[y] = previous = row;
        }
        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
