using Platform.BadPlugin.Data;
using Platform.BadPlugin.Left;

namespace Platform.BadPlugin.Right;

/// <summary>Uses the left side in a signature, closing the ring.</summary>
internal static class RightHand
{
    public static int Count(Ledger ledger) => ledger.Count;

    public static int Fingers(LeftHand hand) => hand.Fingers;
}
