using System.Buffers.Binary;
using System.IO.Compression;

namespace Platform.Reporting.Tests.Formats;

/// <summary>A decoded PNG (8-bit RGB or RGBA, not interlaced, as Chromium writes screenshots), to look at its pixels.</summary>
public sealed class PngImage(int width, int height, byte[] rgb)
{
    public int Width => width;

    public int Height => height;

    public static PngImage Read(byte[] file)
    {
        var (width, height, channels) = (0, 0, 0);
        using var compressed = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                channels = data[9] switch
                {
                    2 => 3,
                    6 => 4,
                    _ => throw new NotSupportedException($"PNG colour type {data[9]}"),
                };
                Assert.Equal(8, data[8]);
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += length + 12;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, ToRgb(Unfilter(inflated.ToArray(), width, height, channels), channels));
    }

    /// <summary>How many pixels are close to the colour (each channel within the tolerance).</summary>
    public int Count(Func<byte, byte, byte, bool> matches)
    {
        var count = 0;
        for (var i = 0; i < rgb.Length; i += 3)
        {
            count += matches(rgb[i], rgb[i + 1], rgb[i + 2]) ? 1 : 0;
        }

        return count;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgb(byte[] pixels, int channels)
    {
        var rgb = new byte[pixels.Length / channels * 3];
        for (int from = 0, to = 0; from < pixels.Length; from += channels, to += 3)
        {
            (rgb[to], rgb[to + 1], rgb[to + 2]) = (pixels[from], pixels[from + 1], pixels[from + 2]);
        }

        return rgb;
    }
}
