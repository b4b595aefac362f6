using System;
using System.Collections.Generic;

// abstract, virtual, override, sealed, base calls through several levels, `new` methods that hide instead of
// overriding, and calls through base-typed references.
abstract class Animal
{
    public string Name { get; }
    protected Animal(string name) { Name = name; }
    public abstract string Sound();
    public virtual string Greet() => Name + " says " + Sound();
    public string Kind() => "animal";
    public virtual int Legs => 4;
}

class Dog : Animal
{
    public Dog(string name) : base(name) { }
    public override string Sound() => "woof";
    public new string Kind() => "dog";
}

class Puppy : Dog
{
    public Puppy(string name) : base(name + " jr") { }
    public override string Sound() => base.Sound() + "ish";
    public override string Greet() => "(small) " + base.Greet();
}

sealed class Bird : Animal
{
    private readonly bool _talks;
    public Bird(string name, bool talks) : base(name) { _talks = talks; }
    public override string Sound() => _talks ? "hello" : "tweet";
    public override int Legs => 2;
    public override string Greet() => base.Greet() + (_talks ? "!" : "");
}

class Counter
{
    protected int Count;
    public virtual void Add(int n) { Count += n; }
    public int Total => Count;
}

class DoublingCounter : Counter
{
    public override void Add(int n) { base.Add(n * 2); }
}

class CappedCounter : DoublingCounter
{
    public override void Add(int n)
    {
        base.Add(n);
        if (Count > 10) Count = 10;
    }
}

static class InheritanceVirtual
{
    static void Main()
    {
        var zoo = new List<Animal> { new Dog("rex"), new Puppy("rex"), new Bird("kiwi", false), new Bird("polly", true) };
        int legs = 0;
        foreach (var a in zoo)
        {
            Console.WriteLine(a.Greet() + " / " + a.Kind() + " / " + a.Legs);
            legs += a.Legs;
        }
        Dog d = new Puppy("max");
        Animal asAnimal = d;
        Console.WriteLine(d.Kind() + " " + asAnimal.Kind() + " " + d.Sound() + " " + legs);
        var counters = new Counter[] { new Counter(), new DoublingCounter(), new CappedCounter() };
        foreach (var c in counters)
        {
            for (int i = 1; i <= 4; i++) c.Add(i);
            Console.Write(c.Total + " ");
        }
        Console.WriteLine();
    }
}
