using Platform.Sdk.Web;

namespace Platform.Surveys.Web;

/// <summary>
/// The answer page's own words in one language, in every language a public page may be in (Danish, English, Arabic,
/// Turkish, Urdu, Somali, Ukrainian); survey texts come from the definition.
/// </summary>
internal sealed record PageTexts(
    PageLanguage Language,
    string Submit,
    string Required,
    string Optional,
    string ThankYouTitle,
    string ThankYouText,
    string ClosedTitle,
    string ClosedText,
    string NotFoundTitle,
    string NotFoundText,
    string BusyTitle,
    string BusyText,
    string SwitchedOffTitle,
    string SwitchedOffText,
    string AgeQuestion,
    string Years,
    string ErrorSummary,
    string MissingAnswer,
    string InvalidAnswer,
    string Anonymous)
{
    public static PageTexts Danish { get; } = new(
        PageLanguage.Danish, "Send svar", "skal besvares", "valgfrit",
        "Tak for dit svar!", "Dit svar er gemt. Du kan nu lukke siden.",
        "Undersøgelsen er lukket", "Undersøgelsen tager ikke imod svar lige nu.",
        "Siden findes ikke", "Linket er forkert eller udløbet. Tjek, at du har skrevet hele linket.",
        "Der er travlt lige nu", "Mange svarer på samme tid. Vent et minut, og send så dine svar igen.",
        "Kommunen tager ikke imod svar", "Kommunen har slået undersøgelser fra, så dine svar kan ikke gemmes nu. Dine svar er ikke sendt.",
        "Hvor gammel er du?", "år",
        "Der er noget, du skal rette:", "Besvar venligst dette spørgsmål.", "Svaret er ikke gyldigt. Tjek det og prøv igen.",
        "Dine svar er anonyme. Vi gemmer ikke dit navn, din adresse eller tidspunktet for dit svar.");

    public static PageTexts English { get; } = new(
        PageLanguage.English, "Send answers", "required", "optional",
        "Thank you for your answer!", "Your answer is saved. You can close the page now.",
        "The survey is closed", "The survey does not take answers right now.",
        "Page not found", "The link is wrong or has expired. Check that you have the whole link.",
        "Busy right now", "Many people answer at the same time. Wait a minute, then send your answers again.",
        "The municipality takes no answers", "The municipality has switched surveys off, so your answers cannot be saved now. Your answers were not sent.",
        "How old are you?", "years",
        "Please correct the following:", "Please answer this question.", "The answer is not valid. Check it and try again.",
        "Your answers are anonymous. We do not store your name, your address or the time of your answer.");

    public static PageTexts Arabic { get; } = new(
        PageLanguage.Arabic, "أرسل الإجابات", "مطلوب", "اختياري",
        "شكرًا على إجابتك!", "تم حفظ إجابتك. يمكنك الآن إغلاق الصفحة.",
        "الاستبيان مغلق", "الاستبيان لا يستقبل إجابات الآن.",
        "الصفحة غير موجودة", "الرابط خاطئ أو انتهت صلاحيته. تأكد من أنك كتبت الرابط كاملًا.",
        "هناك ضغط كبير الآن", "كثير من الناس يجيبون في الوقت نفسه. انتظر دقيقة، ثم أرسل إجاباتك مرة أخرى.",
        "البلدية لا تستقبل إجابات", "أوقفت البلدية الاستبيانات، لذلك لا يمكن حفظ إجاباتك الآن. لم يتم إرسال إجاباتك.",
        "كم عمرك؟", "سنوات",
        "يرجى تصحيح ما يلي:", "يرجى الإجابة عن هذا السؤال.", "الإجابة غير صالحة. تحقق منها وحاول مرة أخرى.",
        "إجاباتك لا تحمل اسمك. لا نحفظ اسمك أو عنوانك أو وقت إجابتك.");

    public static PageTexts Turkish { get; } = new(
        PageLanguage.Turkish, "Cevapları gönder", "zorunlu", "isteğe bağlı",
        "Cevabınız için teşekkürler!", "Cevabınız kaydedildi. Şimdi sayfayı kapatabilirsiniz.",
        "Anket kapandı", "Anket şu anda cevap almıyor.",
        "Sayfa bulunamadı", "Bağlantı yanlış veya süresi dolmuş. Bağlantının tamamını yazdığınızı kontrol edin.",
        "Şu anda çok yoğun", "Aynı anda çok kişi cevap veriyor. Bir dakika bekleyin, sonra cevaplarınızı tekrar gönderin.",
        "Belediye cevap almıyor", "Belediye anketleri kapattı, bu yüzden cevaplarınız şu anda kaydedilemiyor. Cevaplarınız gönderilmedi.",
        "Kaç yaşındasın?", "yaş",
        "Lütfen şunları düzeltin:", "Lütfen bu soruyu cevaplayın.", "Cevap geçerli değil. Kontrol edip tekrar deneyin.",
        "Cevaplarınız anonimdir. Adınızı, adresinizi veya cevap verdiğiniz zamanı kaydetmiyoruz.");

    public static PageTexts Urdu { get; } = new(
        PageLanguage.Urdu, "جوابات بھیجیں", "لازمی", "اختیاری",
        "آپ کے جواب کا شکریہ!", "آپ کا جواب محفوظ ہو گیا ہے۔ اب آپ صفحہ بند کر سکتے ہیں۔",
        "سروے بند ہے", "سروے اس وقت جوابات نہیں لے رہا۔",
        "صفحہ نہیں ملا", "لنک غلط ہے یا اس کی میعاد ختم ہو گئی ہے۔ دیکھ لیں کہ آپ نے پورا لنک لکھا ہے۔",
        "اس وقت بہت رش ہے", "بہت سے لوگ ایک ہی وقت میں جواب دے رہے ہیں۔ ایک منٹ انتظار کریں، پھر اپنے جوابات دوبارہ بھیجیں۔",
        "بلدیہ جوابات نہیں لے رہی", "بلدیہ نے سروے بند کر دیے ہیں، اس لیے آپ کے جوابات ابھی محفوظ نہیں ہو سکتے۔ آپ کے جوابات نہیں بھیجے گئے۔",
        "آپ کی عمر کتنی ہے؟", "سال",
        "براہ کرم یہ درست کریں:", "براہ کرم اس سوال کا جواب دیں۔", "جواب درست نہیں ہے۔ اسے دیکھیں اور دوبارہ کوشش کریں۔",
        "آپ کے جوابات گمنام ہیں۔ ہم آپ کا نام، پتہ یا آپ کے جواب کا وقت محفوظ نہیں کرتے۔");

    public static PageTexts Somali { get; } = new(
        PageLanguage.Somali, "Dir jawaabaha", "waa qasab", "ikhtiyaari",
        "Waad ku mahadsan tahay jawaabtaada!", "Jawaabtaada waa la kaydiyay. Hadda waad xiri kartaa bogga.",
        "Sahanku wuu xiran yahay", "Sahanku hadda ma qaato jawaabo.",
        "Bogga lama helin", "Xiriirku waa khalad ama wuu dhacay. Hubi inaad qortay xiriirka oo dhan.",
        "Hadda waa mashquul", "Dad badan ayaa isku mar jawaabaya. Sug hal daqiiqo, kadibna mar kale dir jawaabahaaga.",
        "Degmadu ma qaato jawaabo", "Degmadu way joojisay sahannada, sidaa darteed jawaabahaaga hadda lama kaydin karo. Jawaabahaaga lama dirin.",
        "Immisa jir baad tahay?", "sano",
        "Fadlan sax waxyaabahan:", "Fadlan ka jawaab su'aashan.", "Jawaabtu ma saxna. Hubi oo isku day mar kale.",
        "Jawaabahaagu waa qarsoodi. Ma kaydino magacaaga, cinwaankaaga ama waqtiga aad jawaabtay.");

    public static PageTexts Ukrainian { get; } = new(
        PageLanguage.Ukrainian, "Надіслати відповіді", "обов’язково", "необов’язково",
        "Дякуємо за відповідь!", "Вашу відповідь збережено. Тепер можна закрити сторінку.",
        "Опитування закрите", "Зараз опитування не приймає відповідей.",
        "Сторінку не знайдено", "Посилання неправильне або застаріле. Перевірте, чи ви ввели все посилання.",
        "Зараз дуже багато відповідей", "Багато людей відповідають одночасно. Зачекайте хвилину, а потім надішліть відповіді ще раз.",
        "Муніципалітет не приймає відповідей", "Муніципалітет вимкнув опитування, тому зараз ваші відповіді не можна зберегти. Ваші відповіді не надіслано.",
        "Скільки тобі років?", "років",
        "Будь ласка, виправте:", "Будь ласка, дайте відповідь на це питання.", "Відповідь недійсна. Перевірте її та спробуйте ще раз.",
        "Ваші відповіді анонімні. Ми не зберігаємо ваше ім’я, адресу чи час вашої відповіді.");

    /// <summary>The page's words in every language of <see cref="PageLanguage.All"/>.</summary>
    private static IReadOnlyList<PageTexts> All { get; } = [Danish, English, Arabic, Turkish, Urdu, Somali, Ukrainian];

    public static PageTexts For(PageLanguage language) => All.Single(texts => texts.Language == language);
}
