using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Definitions.Templates.TemplateParts;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>
/// Children 6-10 answer about their everyday life with three large faces, in Danish, English, Arabic and Turkish (the
/// translations are to be reviewed by the municipality's translators before use).
/// </summary>
internal static class ChildrenWellbeingTemplate
{
    public const string Id = "children-wellbeing-smiley";

    public static SurveyDefinition Definition => Translated(Translated(Danish, "ar", Arabic), "tr", Turkish);

    private static SurveyDefinition Danish => new()
    {
        Title = Text("Hvordan har du det?", "How are you?"),
        Introduction = Text("Tryk på det ansigt, der passer bedst. Der er ingen rigtige eller forkerte svar.",
            "Choose the face that fits best. There are no right or wrong answers."),
        Audience = Audience.Children610,
        Sections =
        {
            Section("everyday", "Din hverdag", "Your everyday life",
                Smiley3("happy-at-school", "Er du glad for at gå i skole?", "Do you like going to school?"),
                Smiley3("friends", "Har du nogen at lege med?", "Do you have someone to play with?"),
                Smiley3("play-outside", "Kan du lide at lege udenfor?", "Do you like playing outside?"),
                Smiley3("sleep", "Sover du godt om natten?", "Do you sleep well at night?"),
                Smiley3("safe", "Føler du dig tryg, hvor du bor?", "Do you feel safe where you live?")),
        },
    };

    private static readonly Dictionary<string, string> Arabic = new()
    {
        ["Hvordan har du det?"] = "كيف حالك؟",
        ["Tryk på det ansigt, der passer bedst. Der er ingen rigtige eller forkerte svar."] = "اضغط على الوجه الذي يناسبك أكثر. لا توجد إجابات صحيحة أو خاطئة.",
        ["Din hverdag"] = "يومك",
        ["Er du glad for at gå i skole?"] = "هل تحب الذهاب إلى المدرسة؟",
        ["Har du nogen at lege med?"] = "هل عندك أحد تلعب معه؟",
        ["Kan du lide at lege udenfor?"] = "هل تحب اللعب في الخارج؟",
        ["Sover du godt om natten?"] = "هل تنام جيدًا في الليل؟",
        ["Føler du dig tryg, hvor du bor?"] = "هل تشعر بالأمان في المكان الذي تسكن فيه؟",
        ["Ja, meget"] = "نعم، كثيرًا",
        ["Ja, lidt"] = "نعم، قليلًا",
        ["Nej"] = "لا",
    };

    private static readonly Dictionary<string, string> Turkish = new()
    {
        ["Hvordan har du det?"] = "Nasılsın?",
        ["Tryk på det ansigt, der passer bedst. Der er ingen rigtige eller forkerte svar."] = "Sana en uygun yüze dokun. Doğru ya da yanlış cevap yok.",
        ["Din hverdag"] = "Günlük hayatın",
        ["Er du glad for at gå i skole?"] = "Okula gitmeyi seviyor musun?",
        ["Har du nogen at lege med?"] = "Birlikte oynayacak birin var mı?",
        ["Kan du lide at lege udenfor?"] = "Dışarıda oynamayı seviyor musun?",
        ["Sover du godt om natten?"] = "Geceleri iyi uyuyor musun?",
        ["Føler du dig tryg, hvor du bor?"] = "Yaşadığın yerde kendini güvende hissediyor musun?",
        ["Ja, meget"] = "Evet, çok",
        ["Ja, lidt"] = "Evet, biraz",
        ["Nej"] = "Hayır",
    };
}
