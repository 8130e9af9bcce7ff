using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Definitions.Templates.TemplateParts;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>
/// Parents of children 0-5 on food, sleep, play and screens, in Danish, English, Arabic and Turkish (the translations
/// are to be reviewed by the municipality's translators before use).
/// </summary>
internal static class ParentsEverydayHabitsTemplate
{
    public const string Id = "parents-everyday-habits";

    public static SurveyDefinition Definition => Translated(Translated(Danish, "ar", Arabic), "tr", Turkish);

    private static SurveyDefinition Danish => new()
    {
        Title = Text("Jeres barns hverdag", "Your child's everyday life"),
        Introduction = Text("Svar for dit yngste barn på 0-5 år. Svarene er anonyme.", "Answer for your youngest child aged 0-5. The answers are anonymous."),
        Audience = Audience.Parents05,
        Sections =
        {
            Section("food", "Mad og måltider", "Food and meals",
                Question("breakfast", QuestionType.Likert, "Mit barn spiser morgenmad hver dag.", "My child eats breakfast every day.", true, AgreeScale()),
                Question("vegetables", QuestionType.SingleChoice, "Hvor ofte spiser dit barn grøntsager?", "How often does your child eat vegetables?", true,
                    Choice("daily", "Hver dag", "Every day", positive: true),
                    Choice("weekly", "Nogle gange om ugen", "A few times a week"),
                    Choice("rarely", "Sjældent", "Rarely"))),
            Section("sleep", "Søvn", "Sleep",
                new Question
                {
                    Id = "sleep-hours", Type = QuestionType.Number, Required = true, Min = 0, Max = 24,
                    Text = Text("Hvor mange timer sover dit barn i døgnet?", "How many hours a day does your child sleep?"),
                }),
            Section("play-and-screens", "Leg og skærm", "Play and screens",
                Question("outdoor-play", QuestionType.Likert, "Mit barn leger udenfor det meste af ugen.", "My child plays outside most days of the week.", true, AgreeScale()),
                Question("screens", QuestionType.MultipleChoice, "Hvilke skærme bruger dit barn?", "Which screens does your child use?", false,
                    Choice("tv", "Fjernsyn", "TV"),
                    Choice("tablet", "Tablet", "Tablet"),
                    Choice("phone", "Mobiltelefon", "Mobile phone"),
                    Choice("none", "Ingen", "None", positive: true)),
                new Question
                {
                    Id = "screen-worries", Type = QuestionType.FreeText, MaxLength = 1000,
                    Text = Text("Hvad bekymrer dig ved dit barns skærmbrug?", "What worries you about your child's screen use?"),
                    ShowIf = new ShowIf { QuestionId = "screens", OptionIds = { "tablet", "phone" } },
                }),
        },
    };

    private static Option[] AgreeScale() =>
    [
        Choice("agree", "Enig", "Agree", positive: true),
        Choice("partly-agree", "Delvist enig", "Partly agree", positive: true),
        Choice("neutral", "Hverken enig eller uenig", "Neither agree nor disagree"),
        Choice("partly-disagree", "Delvist uenig", "Partly disagree"),
        Choice("disagree", "Uenig", "Disagree"),
    ];

    private static readonly Dictionary<string, string> Arabic = new()
    {
        ["Jeres barns hverdag"] = "الحياة اليومية لطفلكم",
        ["Svar for dit yngste barn på 0-5 år. Svarene er anonyme."] = "أجب عن طفلك الأصغر الذي عمره من 0 إلى 5 سنوات. الإجابات لا تحمل اسمك.",
        ["Mad og måltider"] = "الطعام والوجبات",
        ["Mit barn spiser morgenmad hver dag."] = "يتناول طفلي الفطور كل يوم.",
        ["Hvor ofte spiser dit barn grøntsager?"] = "كم مرة يأكل طفلك الخضروات؟",
        ["Hver dag"] = "كل يوم",
        ["Nogle gange om ugen"] = "بضع مرات في الأسبوع",
        ["Sjældent"] = "نادرًا",
        ["Søvn"] = "النوم",
        ["Hvor mange timer sover dit barn i døgnet?"] = "كم ساعة ينام طفلك في اليوم كله (ليلًا ونهارًا)؟",
        ["Leg og skærm"] = "اللعب والشاشات",
        ["Mit barn leger udenfor det meste af ugen."] = "يلعب طفلي في الخارج معظم أيام الأسبوع.",
        ["Hvilke skærme bruger dit barn?"] = "ما الشاشات التي يستخدمها طفلك؟",
        ["Fjernsyn"] = "التلفاز",
        ["Tablet"] = "جهاز لوحي",
        ["Mobiltelefon"] = "هاتف محمول",
        ["Ingen"] = "لا شيء",
        ["Hvad bekymrer dig ved dit barns skærmbrug?"] = "ما الذي يقلقك في استخدام طفلك للشاشات؟",
        ["Enig"] = "أوافق",
        ["Delvist enig"] = "أوافق إلى حد ما",
        ["Hverken enig eller uenig"] = "لا أوافق ولا أعارض",
        ["Delvist uenig"] = "أعارض إلى حد ما",
        ["Uenig"] = "أعارض",
    };

    private static readonly Dictionary<string, string> Turkish = new()
    {
        ["Jeres barns hverdag"] = "Çocuğunuzun günlük hayatı",
        ["Svar for dit yngste barn på 0-5 år. Svarene er anonyme."] = "0-5 yaş arasındaki en küçük çocuğunuz için cevap verin. Cevaplar anonimdir.",
        ["Mad og måltider"] = "Yemek ve öğünler",
        ["Mit barn spiser morgenmad hver dag."] = "Çocuğum her gün kahvaltı yapar.",
        ["Hvor ofte spiser dit barn grøntsager?"] = "Çocuğunuz ne sıklıkla sebze yer?",
        ["Hver dag"] = "Her gün",
        ["Nogle gange om ugen"] = "Haftada birkaç kez",
        ["Sjældent"] = "Nadiren",
        ["Søvn"] = "Uyku",
        ["Hvor mange timer sover dit barn i døgnet?"] = "Çocuğunuz bir günde (gece ve gündüz) toplam kaç saat uyur?",
        ["Leg og skærm"] = "Oyun ve ekranlar",
        ["Mit barn leger udenfor det meste af ugen."] = "Çocuğum haftanın çoğu günü dışarıda oynar.",
        ["Hvilke skærme bruger dit barn?"] = "Çocuğunuz hangi ekranları kullanıyor?",
        ["Fjernsyn"] = "Televizyon",
        ["Tablet"] = "Tablet",
        ["Mobiltelefon"] = "Cep telefonu",
        ["Ingen"] = "Hiçbiri",
        ["Hvad bekymrer dig ved dit barns skærmbrug?"] = "Çocuğunuzun ekran kullanımında sizi endişelendiren nedir?",
        ["Enig"] = "Katılıyorum",
        ["Delvist enig"] = "Kısmen katılıyorum",
        ["Hverken enig eller uenig"] = "Ne katılıyorum ne katılmıyorum",
        ["Delvist uenig"] = "Kısmen katılmıyorum",
        ["Uenig"] = "Katılmıyorum",
    };
}
