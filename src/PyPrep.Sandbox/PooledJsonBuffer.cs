using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PyPrep.Sandbox;

/// <summary>
/// A job's UTF-8 JSON in arrays rented from the shared pool. A grading job carries every case's
/// inputs (350 KB for two-sum); building it as a string and then as bytes on every submission put
/// a megabyte a time on the large-object heap, and the collections that clears it cost more CPU
/// than the rest of the host's work.
/// </summary>
internal sealed class PooledJsonBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int written;

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, written);

    public static PooledJsonBuffer Write(JsonNode node)
    {
        var result = new PooledJsonBuffer();
        using var writer = new Utf8JsonWriter(result);
        node.WriteTo(writer);
        return result;
    }

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return buffer.AsSpan(written);
    }

    private void Grow(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
