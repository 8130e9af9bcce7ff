using System.Collections;
using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Platform.Core.Tests.Security;

/// <summary>
/// Random requests for any RPC, built from its request's descriptor: each field set or left out, texts empty, ordinary,
/// hostile or over every limit, numbers at their extremes, enums outside the contract, times no date can hold, lists up
/// to past the ceiling; and bodies of random bytes that are no message at all. <paramref name="known"/> are ids and codes
/// that exist, so some requests reach stored data rather than stopping at "not found".
/// </summary>
internal sealed class RandomRequests(IReadOnlyList<string> known)
{
    private const int Depth = 3;

    private static readonly string[] Hostile =
    [
        "", " ", "0183", "9999", "-1", "=HYPERLINK(\"https://example.org\")", "../../etc/passwd", "<script>alert(1)</script>",
        "'; DROP TABLE actors; --", "\u202Eevil", "æøå ÆØÅ", "\u0000", "a@b", "2026-02-30", "25:61", "P1D", "*/1 * * * * *",
        new string('x', 16_001), new string('æ', 4_001),
    ];

    /// <summary>A field left out.</summary>
    private static readonly Gen<object?> Nothing = Gen.Bool.Select(_ => (object?)null);

    private readonly Dictionary<MessageDescriptor, Gen<IMessage>> messages = [];

    /// <summary>An RPC and the bytes of a random request for it.</summary>
    public Gen<(MethodDescriptor Method, byte[] Body)> Calls(IReadOnlyList<MethodDescriptor> methods) =>
        Gen.Int[0, methods.Count - 1].SelectMany(index =>
            Message(methods[index].InputType, 0).Select(message => (methods[index], message.ToByteArray())));

    /// <summary>An RPC and bytes that are almost never a message of its request type.</summary>
    public static Gen<(MethodDescriptor Method, byte[] Body)> Garbage(IReadOnlyList<MethodDescriptor> methods) =>
        Gen.Select(Gen.Int[0, methods.Count - 1], Gen.Byte.Array[1, 64], (index, bytes) => (methods[index], bytes));

    private Gen<IMessage> Message(MessageDescriptor descriptor, int depth)
    {
        if (messages.TryGetValue(descriptor, out var known))
        {
            return known;
        }

        var gen = descriptor.Fields.InDeclarationOrder().Aggregate(
            Gen.Int.Select(_ => descriptor.Parser.ParseFrom(ByteString.Empty)),
            (message, field) => message.SelectMany(built => Field(field, depth).Select(value =>
            {
                Set(built, field, value);
                return built;
            })));
        messages[descriptor] = gen;
        return gen;
    }

    /// <summary>Null leaves the field out; a list fills a repeated field or a map's entries.</summary>
    private Gen<object?> Field(FieldDescriptor field, int depth)
    {
        if (field.IsMap)
        {
            var entry = field.MessageType;
            return Gen.Select(Value(entry.FindFieldByNumber(1), depth).Array[0, 3], Value(entry.FindFieldByNumber(2), depth).Array[0, 3],
                (keys, values) => (object?)keys.Zip(values).Where(pair => pair.First is not null && pair.Second is not null).ToList());
        }

        if (field.IsRepeated)
        {
            return Gen.Frequency(
                (20, Value(field, depth).Array[0, 3].Select(items => (object?)items.Where(item => item is not null).ToList())),
                (1, Value(field, depth).Select(item => (object?)Enumerable.Repeat(item, 1_001).Where(i => i is not null).ToList())));
        }

        return Gen.Frequency((1, Nothing), (2, Value(field, depth)));
    }

    private Gen<object?> Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => Gen.Frequency(
            (3, Gen.Int[0, known.Count - 1].Select(i => (object?)known[i])),
            (2, Gen.Int[0, Hostile.Length - 1].Select(i => (object?)Hostile[i])),
            (2, Gen.Char['a', 'z'].Array[0, 24].Select(chars => (object?)new string(chars)))),
        FieldType.Bool => Gen.Bool.Select(value => (object?)value),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Gen.OneOf(
            Gen.Int[-3, 300], Gen.Const(int.MinValue), Gen.Const(int.MaxValue)).Select(value => (object?)value),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Gen.OneOf(
            Gen.Long[-3, 300], Gen.Const(long.MinValue), Gen.Const(long.MaxValue)).Select(value => (object?)value),
        FieldType.UInt32 or FieldType.Fixed32 => Gen.UInt.Select(value => (object?)value),
        FieldType.UInt64 or FieldType.Fixed64 => Gen.ULong.Select(value => (object?)value),
        FieldType.Double => Gen.OneOf(Gen.Double[-1e9, 1e9], Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity)).Select(value => (object?)value),
        FieldType.Float => Gen.OneOf(Gen.Float[-1e6f, 1e6f], Gen.Const(float.NaN)).Select(value => (object?)value),
        FieldType.Enum => Gen.Int[-1, 12].Select(value => (object?)value),
        FieldType.Bytes => Gen.Byte.Array[0, 64].Select(bytes => (object?)ByteString.CopyFrom(bytes)),
        FieldType.Message when field.MessageType.FullName == Timestamp.Descriptor.FullName => Gen.Select(
            Gen.OneOf(Gen.Long[1_600_000_000, 1_900_000_000], Gen.Const(long.MinValue), Gen.Const(long.MaxValue), Gen.Const(-62_135_596_801L)),
            Gen.OneOf(Gen.Int[0, 999_999_999], Gen.Const(-1), Gen.Const(1_000_000_000)),
            (seconds, nanos) => (object?)new Timestamp { Seconds = seconds, Nanos = nanos }),
        FieldType.Message when depth < Depth => Message(field.MessageType, depth + 1).Select(message => (object?)message),
        _ => Nothing,
    };

    private static void Set(IMessage message, FieldDescriptor field, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case List<(object? First, object? Second)> entries:
                var map = (IDictionary)field.Accessor.GetValue(message);
                foreach (var (key, entryValue) in entries)
                {
                    map[key!] = entryValue;
                }

                return;
            case List<object?> items:
                var list = (IList)field.Accessor.GetValue(message);
                foreach (var item in items)
                {
                    list.Add(item);
                }

                return;
            default:
                field.Accessor.SetValue(message, value);
                return;
        }
    }
}
