using System.Globalization;
using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Common;

/// <summary>A page of a list: page_size (1-500, default 50) and an opaque page_token from the previous page.</summary>
internal readonly record struct PageWindow(int Offset, int Size)
{
    public static PageWindow Parse(int pageSize, string pageToken)
    {
        var size = pageSize == 0 ? 50 : pageSize;
        var offset = 0;
        new Validation()
            .Check(size is >= 1 and <= 500, "page_size", "must be between 1 and 500")
            .Check(pageToken.Length == 0 || (int.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset >= 0),
                "page_token", "must be a next_page_token from an earlier page")
            .ThrowIfInvalid();
        return new PageWindow(offset, size);
    }

    /// <summary>The token of the page that starts at the offset, for a page's link to any page of a list.</summary>
    public static string TokenAt(int offset) => offset == 0 ? "" : offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>The token of the next page, or empty after the last page.</summary>
    public string NextToken(int returned, int total) =>
        Offset + returned < total ? (Offset + returned).ToString(CultureInfo.InvariantCulture) : "";
}
