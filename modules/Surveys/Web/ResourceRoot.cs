// The pages' texts are found by the code's namespace: the assembly is named Surveys but its code and its embedded resx
// files are named Platform.Surveys.*, so the localizer is told the root it would otherwise take from the name.
[assembly: Microsoft.Extensions.Localization.RootNamespace("Platform.Surveys")]
