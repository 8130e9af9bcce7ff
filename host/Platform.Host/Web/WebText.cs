namespace Platform.Host.Web;

/// <summary>The web application's texts: WebText.resx in Danish (the default), WebText.en.resx in English.</summary>
internal sealed class WebText;
