namespace Platform.ActorMapping.Web.Network;

/// <summary>
/// Places a graph's nodes for drawing, on the server and the same way every time: the nodes start on a circle in the
/// order given, then a fixed number of force-directed steps (Fruchterman and Reingold) pull linked nodes together and
/// push all others apart. No randomness, so the same network is always drawn the same.
/// </summary>
internal static class NetworkLayout
{
    private const int Steps = 120;

    public static IReadOnlyDictionary<string, (double X, double Y)> Place(
        IReadOnlyList<string> nodes, IEnumerable<(string From, string To)> edges, double width, double height, double margin)
    {
        var count = nodes.Count;
        var index = nodes.Select((id, i) => (id, i)).ToDictionary(n => n.id, n => n.i, StringComparer.Ordinal);
        var links = edges.Where(e => index.ContainsKey(e.From) && index.ContainsKey(e.To) && e.From != e.To)
            .Select(e => (index[e.From], index[e.To])).ToList();
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(count, 1);
            (x[i], y[i]) = (Math.Cos(angle), Math.Sin(angle));
        }

        var ideal = Math.Sqrt(4.0 / Math.Max(count, 1));
        for (var step = 0; step < Steps; step++)
        {
            var (dx, dy) = (new double[count], new double[count]);
            for (var i = 0; i < count; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    var (ux, uy, distance) = Between(x, y, i, j);
                    var push = ideal * ideal / distance;
                    (dx[i], dy[i], dx[j], dy[j]) = (dx[i] + ux * push, dy[i] + uy * push, dx[j] - ux * push, dy[j] - uy * push);
                }
            }

            foreach (var (i, j) in links)
            {
                var (ux, uy, distance) = Between(x, y, i, j);
                var pull = distance * distance / ideal;
                (dx[i], dy[i], dx[j], dy[j]) = (dx[i] - ux * pull, dy[i] - uy * pull, dx[j] + ux * pull, dy[j] + uy * pull);
            }

            // The temperature falls step by step, so the drawing settles.
            var limit = 0.2 * (1 - (double)step / Steps) + 0.002;
            for (var i = 0; i < count; i++)
            {
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0)
                {
                    x[i] += dx[i] / length * Math.Min(length, limit);
                    y[i] += dy[i] / length * Math.Min(length, limit);
                }
            }
        }

        return Fit(nodes, x, y, width, height, margin);
    }

    /// <summary>The unit vector from j to i and their distance, never zero (two nodes on one spot are nudged apart by their order).</summary>
    private static (double X, double Y, double Distance) Between(double[] x, double[] y, int i, int j)
    {
        var (ddx, ddy) = (x[i] - x[j], y[i] - y[j]);
        var distance = Math.Sqrt(ddx * ddx + ddy * ddy);
        return distance < 1e-6 ? (1, 0, 1e-3) : (ddx / distance, ddy / distance, distance);
    }

    private static Dictionary<string, (double X, double Y)> Fit(IReadOnlyList<string> nodes, double[] x, double[] y, double width, double height, double margin)
    {
        var (minX, maxX) = x.Length == 0 ? (0, 0) : (x.Min(), x.Max());
        var (minY, maxY) = y.Length == 0 ? (0, 0) : (y.Min(), y.Max());
        double Scale(double value, double min, double max, double size) =>
            max - min < 1e-9 ? size / 2 : margin + (value - min) / (max - min) * (size - 2 * margin);
        return nodes.Select((id, i) => (id, i)).ToDictionary(
            n => n.id, n => (Math.Round(Scale(x[n.i], minX, maxX, width), 1), Math.Round(Scale(y[n.i], minY, maxY, height), 1)), StringComparer.Ordinal);
    }
}
