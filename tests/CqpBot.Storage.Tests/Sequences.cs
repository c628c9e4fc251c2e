namespace CqpBot.Storage.Tests;

internal static class Sequences
{
    /// <summary>Asserts the exact elements, in order (reads as the expected list).</summary>
    public static void Is<T>(this IReadOnlyList<T> actual, params T[] expected) => Assert.Equal(expected, actual);
}
