using Platform.BadPlugin.Data;
using Platform.BadPlugin.Right;

namespace Platform.BadPlugin.Left;

/// <summary>Uses the right side inside a method body only, which the IL shows and a signature would not.</summary>
internal sealed record LeftHand(int Fingers)
{
    public int Count(Ledger ledger) => RightHand.Count(ledger) + Fingers;
}
