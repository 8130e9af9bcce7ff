using Platform.SampleModule;

namespace Platform.BadPlugin.Borrowing;

/// <summary>Uses a type of another module's implementation instead of its contract.</summary>
internal static class Borrower
{
    public static object Borrow() => new SampleOptions();
}
