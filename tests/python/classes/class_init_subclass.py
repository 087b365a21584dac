# Class keywords, __init_subclass__ and __set_name__.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__ + "!"
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name


class Model:
    id = Field()
    title = Field()


print(Model.id.name, Model.title.name, Model.title.owner)
