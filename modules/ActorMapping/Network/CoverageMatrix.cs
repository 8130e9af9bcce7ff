using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Network;

/// <summary>
/// Arenas × themes: how many actors and initiatives work in each arena on each theme. The usual arenas and themes are
/// always rows and columns, so a theme nobody works on shows up as a gap instead of vanishing.
/// </summary>
internal static class CoverageMatrix
{
    public static Coverage Build(MappingSnapshot snapshot)
    {
        var arenas = Tags.Axis(Tags.Arenas, snapshot.Actors.SelectMany(a => a.Arenas).Concat(snapshot.Initiatives.SelectMany(i => i.Arenas)));
        var themes = Tags.Axis(Tags.Themes, snapshot.Actors.SelectMany(a => a.Themes).Concat(snapshot.Initiatives.SelectMany(i => i.Themes)));
        var actorCells = Count(snapshot.Actors.Select(a => (a.Arenas, a.Themes)));
        var initiativeCells = Count(snapshot.Initiatives.Select(i => (i.Arenas, i.Themes)));
        var coverage = new Coverage { Arenas = { arenas }, Themes = { themes } };
        foreach (var arena in arenas)
        {
            foreach (var theme in themes)
            {
                var initiatives = initiativeCells.GetValueOrDefault((arena, theme));
                coverage.Cells.Add(new CoverageCell
                {
                    Arena = arena,
                    Theme = theme,
                    Actors = actorCells.GetValueOrDefault((arena, theme)),
                    Initiatives = initiatives,
                    Gap = initiatives == 0,
                });
            }
        }

        coverage.GapCount = coverage.Cells.Count(cell => cell.Gap);
        return coverage;
    }

    private static Dictionary<(string Arena, string Theme), int> Count(IEnumerable<(IReadOnlyList<string> Arenas, IReadOnlyList<string> Themes)> items)
    {
        var cells = new Dictionary<(string, string), int>();
        foreach (var (arenas, themes) in items)
        {
            foreach (var cell in arenas.Distinct().SelectMany(arena => themes.Distinct().Select(theme => (arena, theme))))
            {
                cells[cell] = cells.GetValueOrDefault(cell) + 1;
            }
        }

        return cells;
    }
}
