using Platform.Host.Web;

namespace Platform.Web.Tests.Localization;

public sealed class DanishConventionsTests
{
    [Fact]
    public void A_date_is_written_the_danish_way_with_the_month_in_words_and_the_english_way_on_english_pages()
    {
        var date = new DateOnly(2026, 12, 10);

        Assert.Equal("10. december 2026", DanishConventions.Date(date, WebLanguage.Danish));
        Assert.Equal("10 December 2026", DanishConventions.Date(date, WebLanguage.English));
    }

    [Fact]
    public void A_number_has_a_point_between_thousands_and_a_comma_before_its_decimals()
    {
        Assert.Equal("1.234,5", DanishConventions.Number(1234.5m));
        Assert.Equal("1.234.567", DanishConventions.Number(1234567m));
        Assert.Equal("0,25", DanishConventions.Number(0.25m));
        Assert.Equal("-12", DanishConventions.Number(-12m));
    }

    [Fact]
    public void Names_sort_with_æ_ø_and_å_after_z_and_aa_with_the_å()
    {
        string[] names = ["Åbenrå", "Ærø", "Zealand", "Odense", "Østerbro", "Aalborg", "Albertslund"];

        var sorted = names.Order(DanishConventions.Sorting).ToArray();

        // Danish collation reads "aa" in a name as "å", so Aalborg sorts with the å's, after Ø (and after a real Å).
        Assert.Equal(["Albertslund", "Odense", "Zealand", "Ærø", "Østerbro", "Åbenrå", "Aalborg"], sorted);
    }
}
