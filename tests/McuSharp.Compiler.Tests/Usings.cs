global using Microsoft.VisualStudio.TestTools.UnitTesting;

// Each differential test waits on a Node.js process most of the time: two at once keep both cores busy.
[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.MethodLevel)]
