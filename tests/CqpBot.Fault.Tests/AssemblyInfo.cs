// One bot process (or two) at a time on a two-core machine; xunit timeouts are honoured only without parallel tests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
