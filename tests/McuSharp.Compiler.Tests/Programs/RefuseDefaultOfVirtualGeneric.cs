// expect: MCU0001
using System;
using System.Collections.Generic;

// A virtual generic method is called without knowing which override runs, so it cannot be passed its T's default;
// the program uses T with int and string, whose defaults differ.
class Store
{
    public virtual T Pick<T>(List<T> items) => items.Count > 0 ? items[0] : default!;
}

static class RefuseDefaultOfVirtualGeneric
{
    static void Main()
    {
        var store = new Store();
        Console.WriteLine(store.Pick(new List<int>()) + "|" + store.Pick(new List<string>()));
    }
}
