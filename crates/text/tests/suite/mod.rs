mod languages;
mod reports;
