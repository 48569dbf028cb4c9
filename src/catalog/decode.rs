//! Decoding a catalog query's rows into the row structs of [`super::rows`] with serde: a struct's
//! fields are the row's columns by name (a tuple struct's, the columns in order), each value
//! decoded from the binary form PostgreSQL sends by its type. A `json` column (a nested object or
//! list the query builds) goes through serde_json. The queries send plain columns instead of one
//! JSON document per row: building and parsing that document cost a tenth of an inspection on
//! large schemas.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;
use tokio_postgres::types::{FromSql, Kind, Type};
use tokio_postgres::Row;

/// A row that does not fit its struct: which column, and why.
#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Decodes `row` into `T`.
pub fn from_row<'a, T: de::Deserialize<'a>>(row: &'a Row) -> Result<T, Error> {
    T::deserialize(RowDe(row))
}

/// A value as the server sent it: its type and its bytes in binary format.
struct Raw<'a> {
    ty: Type,
    bytes: &'a [u8],
}

impl<'a> FromSql<'a> for Raw<'a> {
    fn from_sql(
        ty: &Type,
        bytes: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw {
            ty: ty.clone(),
            bytes,
        })
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

struct RowDe<'a>(&'a Row);

impl<'de> Deserializer<'de> for RowDe<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(Columns {
            row: self.0,
            next: 0,
        })
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Columns {
            row: self.0,
            next: 0,
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct map struct enum identifier ignored_any
    }
}

/// A row's columns, as map entries (name, value) or as a sequence of values.
struct Columns<'a> {
    row: &'a Row,
    next: usize,
}

impl<'a> Columns<'a> {
    /// Decodes the next column's value with `seed`; an error names the column.
    fn decode<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<T::Value, Error> {
        let i = self.next;
        self.next += 1;
        let column = self.row.columns()[i].name();
        let raw: Result<Option<Raw<'a>>, _> = self.row.try_get(i);
        raw.map_err(|e| Error(e.to_string()))
            .and_then(|raw| seed.deserialize(Value { raw }))
            .map_err(|e| Error(format!("column {column}: {}", e.0)))
    }
}

impl<'de> MapAccess<'de> for Columns<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.row.columns().get(self.next) {
            None => Ok(None),
            Some(c) => seed
                .deserialize(de::value::BorrowedStrDeserializer::new(c.name()))
                .map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.decode(seed)
    }
}

impl<'de> SeqAccess<'de> for Columns<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.next >= self.row.len() {
            return Ok(None);
        }
        self.decode(seed).map(Some)
    }
}

/// One column's value (or an array element), NULL as `None`.
struct Value<'a> {
    raw: Option<Raw<'a>>,
}

impl<'a> Value<'a> {
    fn error(&self, message: impl std::fmt::Display) -> Error {
        Error(message.to_string())
    }

    fn decode<T: FromSql<'a>>(&self, raw: &Raw<'a>) -> Result<T, Error> {
        T::from_sql(&raw.ty, raw.bytes).map_err(|e| self.error(e))
    }

    /// The text of a `json` or `jsonb` value.
    fn json(&self, raw: &Raw<'a>) -> Result<Option<&'a str>, Error> {
        let bytes = match raw.ty {
            Type::JSON => raw.bytes,
            // jsonb's binary form is a version byte (1) before the text.
            Type::JSONB => match raw.bytes.split_first() {
                Some((1, rest)) => rest,
                _ => return Err(self.error("unknown jsonb format")),
            },
            _ => return Ok(None),
        };
        std::str::from_utf8(bytes)
            .map(Some)
            .map_err(|e| self.error(e))
    }
}

impl<'de> Deserializer<'de> for Value<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let Some(raw) = &self.raw else {
            return visitor.visit_unit();
        };
        if let Some(text) = self.json(raw)? {
            return serde_json::Deserializer::from_str(text)
                .deserialize_any(visitor)
                .map_err(|e| self.error(e));
        }
        match raw.ty {
            Type::BOOL => visitor.visit_bool(self.decode(raw)?),
            Type::INT2 => visitor.visit_i16(self.decode(raw)?),
            Type::INT4 => visitor.visit_i32(self.decode(raw)?),
            Type::INT8 => visitor.visit_i64(self.decode(raw)?),
            Type::OID => visitor.visit_u32(self.decode(raw)?),
            Type::FLOAT4 => visitor.visit_f32(self.decode(raw)?),
            Type::FLOAT8 => visitor.visit_f64(self.decode(raw)?),
            // `"char"` (a catalog's one-letter code) reads as a one-letter string.
            Type::CHAR => {
                let c: i8 = self.decode(raw)?;
                visitor.visit_string((c as u8 as char).to_string())
            }
            Type::TEXT | Type::NAME | Type::VARCHAR | Type::BPCHAR | Type::UNKNOWN => {
                visitor.visit_borrowed_str(self.decode(raw)?)
            }
            _ => match raw.ty.kind() {
                Kind::Array(_) => {
                    let elements: Vec<Option<Raw<'de>>> = self.decode(raw)?;
                    visitor.visit_seq(Elements {
                        elements: elements.into_iter(),
                    })
                }
                _ => Err(self.error(format!("type {} is not decoded", raw.ty))),
            },
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.raw {
            None => visitor.visit_none(),
            // A json value may itself be `null`.
            Some(raw) => match self.json(raw)? {
                Some(text) => serde_json::Deserializer::from_str(text)
                    .deserialize_option(visitor)
                    .map_err(|e| self.error(e)),
                None => visitor.visit_some(self),
            },
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
    }
}

/// The elements of an array value.
struct Elements<'a> {
    elements: std::vec::IntoIter<Option<Raw<'a>>>,
}

impl<'de> SeqAccess<'de> for Elements<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.elements.next() {
            None => Ok(None),
            Some(raw) => seed.deserialize(Value { raw }).map(Some),
        }
    }
}
