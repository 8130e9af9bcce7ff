namespace Platform.Sdk.Web.Forms;

/// <summary>The texts of the SDK's form components (<c>FormText.resx</c> is Danish, <c>FormText.en.resx</c> English).</summary>
public sealed class FormText;
