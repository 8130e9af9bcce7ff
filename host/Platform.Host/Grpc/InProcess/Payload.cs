using System.Buffers;
using Grpc.Core;

namespace Platform.Host.Grpc.InProcess;

/// <summary>
/// A message as the bytes a network call would carry, written and read by a method's own marshaller (the generated
/// ones serialize into a buffer writer and read from a sequence, the contextual way).
/// </summary>
internal static class Payload
{
    public static byte[] Write<T>(Marshaller<T> marshaller, T message)
    {
        var writer = new Writer();
        marshaller.ContextualSerializer(message, writer);
        return writer.Bytes;
    }

    public static T Read<T>(Marshaller<T> marshaller, byte[] bytes) => marshaller.ContextualDeserializer(new Reader(bytes));

    private sealed class Writer : SerializationContext
    {
        private readonly ArrayBufferWriter<byte> buffer = new();

        public byte[] Bytes { get; private set; } = [];

        public override void Complete(byte[] payload) => Bytes = payload;

        public override IBufferWriter<byte> GetBufferWriter() => buffer;

        public override void SetPayloadLength(int payloadLength)
        {
        }

        public override void Complete() => Bytes = buffer.WrittenSpan.ToArray();
    }

    private sealed class Reader(byte[] bytes) : DeserializationContext
    {
        public override int PayloadLength => bytes.Length;

        public override byte[] PayloadAsNewBuffer() => (byte[])bytes.Clone();

        public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(bytes);
    }
}
